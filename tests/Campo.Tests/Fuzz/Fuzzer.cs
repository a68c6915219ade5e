using System.Text;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Fuzz;

/// <summary>
/// Mutation fuzzing of Campo's readers: a seed from the committed corpus (tests/Campo.Tests/Fuzz/Corpus/READER/),
/// changed by a few mutations drawn from a seeded generator (FsCheck draws the seeds), is given to the reader. The
/// reader must either read it or refuse it with its own error type (a message naming file, line and field), within
/// <see cref="Timeout"/>. Any other exception is an internal error (campo's exit 70); a slower answer is a hang.
/// <para>
/// Each property runs its cases once in <c>dotnet test</c> (seconds). A longer campaign reruns them
/// <c>CAMPO_FUZZ_ROUNDS</c> times over with other mutations:
/// <c>CAMPO_FUZZ_ROUNDS=200 dotnet test tests/Campo.Tests --filter FullyQualifiedName~Fuzz</c>. A failing input is
/// written to the folder in the message; once fixed, add it to the corpus so that it is rerun for ever.
/// </para>
/// </summary>
internal static class Fuzzer
{
    /// <summary>The longest a reader may take on one input before it counts as a hang.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>How many mutated inputs each FsCheck case tries (CAMPO_FUZZ_ROUNDS, 1 by default).</summary>
    public static int Rounds { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("CAMPO_FUZZ_ROUNDS"), out var rounds) && rounds > 0 ? rounds : 1;

    /// <summary>The corpus folder.</summary>
    public static string CorpusFolder { get; } = Path.Combine(SharedData.RepositoryRoot, "tests", "Campo.Tests", "Fuzz", "Corpus");

    /// <summary>Tokens that readers of TOML give meaning to, and values at the edges.</summary>
    public static readonly string[] TomlTokens =
    [
        "[", "]", "[[", "]]", "{", "}", "=", "\"", "'", "\"\"\"", "'''", ",", ".", "#", "\n", "\r\n", "\t", "\\", "\\u00", "\\U0010FFFF",
        "nan", "+inf", "-inf", "1e309", "-0", "0x7FFFFFFFFFFFFFFF", "99999999999999999999", "-1", "1_000", "0.0000001",
        "true", "false", "2003-09-14", "1850-01-01", "9999-12-31", "2003-02-30", "1979-05-27T07:32:00Z",
        "a.b.c = 1\n", "[market_access]\n", "[[market_access.developed.bands]]\n", "value = ", "source = \"x\"", "status = \"verified\"",
        "kind = \"regional\"\n", "kind = \"multilateral\"\n", "members_at = ", "formula = \"swiss\"", "\u0000", "\u00e9", "\ud83c\udf3e",
        new string('[', 40), new string('a', 5000),
    ];

    /// <summary>Tokens of CSV files.</summary>
    public static readonly string[] CsvTokens =
    [
        ",", "\"", "\"\"", "\n", "\r\n", "\r", ";", "\t", "nan", "NaN", "Infinity", "-1", "1e309", "-0", "%", "5%", "0102", "1005.90",
        "ad_valorem", "specific", "compound", "sensitive", "ssg", "processed", "hs", "applied", "bound", "exp", "imp", "trade", "dist",
        "\u00a0", "\ufeff", "\u0000", "99999999999999999999", "1,5", new string(',', 300), new string('9', 400),
    ];

    /// <summary>Tokens of JSON files.</summary>
    public static readonly string[] JsonTokens =
    [
        "{", "}", "[", "]", ":", ",", "\"", "null", "true", "false", "-1", "1e309", "0.5", "-0", "\"x\"", "{\"id\":\"A\"}",
        "\"values\":[]", "\"series\":{}", "\"0:0:0:0:0\"", "\"observations\":{\"0\":[1,0]}", "\\u0000", "\\", "NaN",
        new string('[', 200), new string('{', 100), "99999999999999999999999",
    ];

    /// <summary>The seeds of a reader's corpus, with any extra seeds (such as the shipped scenarios).</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Seeds(string reader, params string[] extraFiles) =>
        Directory.GetFiles(Path.Combine(CorpusFolder, reader)).Concat(extraFiles).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToArray();

    /// <summary>A seed changed by 1 to 8 mutations, all drawn from <paramref name="seed"/>.</summary>
    public static byte[] Mutate(byte[] input, int seed, string[] tokens)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(input);
        var count = 1 + random.Next(8);
        for (var i = 0; i < count; i++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
            switch (random.Next(9))
            {
                case 0: // a token inserted
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)]));
                    break;
                case 1: // a token in place of a few bytes
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 8), bytes.Count - at));
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)]));
                    break;
                case 2: // a range deleted
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                case 3: // cut short
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4: // a byte changed, possibly into invalid UTF-8
                    if (bytes.Count > 0)
                    {
                        bytes[Math.Min(at, bytes.Count - 1)] = (byte)random.Next(256);
                    }

                    break;
                case 5: // a line repeated
                    Lines(bytes, random, (lines, k) => lines.Insert(k, lines[k]));
                    break;
                case 6: // a line removed
                    Lines(bytes, random, (lines, k) => lines.RemoveAt(k));
                    break;
                case 7: // two lines swapped
                    Lines(bytes, random, (lines, k) => (lines[k], lines[^1]) = (lines[^1], lines[k]));
                    break;
                default: // a number replaced by one at the edges
                    ReplaceNumber(bytes, random);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Gives the input to the reader and checks that it reads it or refuses it with an allowed error, in time.</summary>
    /// <param name="reader">The reader's name (the corpus folder).</param>
    /// <param name="input">The input.</param>
    /// <param name="read">Reads the input.</param>
    /// <param name="allowed">The error types that are refusals (CampoException and its kind).</param>
    public static void Expect(string reader, byte[] input, Action<byte[]> read, params Type[] allowed)
    {
        Exception? failure = null;
        var task = Task.Run(() =>
        {
            try
            {
                read(input);
            }
#pragma warning disable CA1031 // Every exception is examined: that is the test.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = exception;
            }
        });
        if (!task.Wait(Timeout))
        {
            Assert.Fail(reader + ": no answer within " + Timeout.TotalSeconds + " s (a hang); input saved as " + Save(reader, input, "hang"));
        }

        if (failure is not null && !allowed.Any(t => t.IsInstanceOfType(failure)))
        {
            Assert.Fail(reader + ": internal error " + failure.GetType().Name + ": " + failure.Message + "; input saved as " + Save(reader, input, "crash") + "\n" + failure);
        }

        if (failure is not null)
        {
            // A refusal is one line that names where: never a stack trace or an empty message.
            Assert.False(string.IsNullOrWhiteSpace(failure.Message), reader + ": an empty message");
            Assert.DoesNotContain("   at ", failure.Message, StringComparison.Ordinal);
        }
    }

    private static string Save(string reader, byte[] input, string kind)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "campo-fuzz-findings", reader)).FullName;
        var file = Path.Combine(folder, kind + "-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input))[..12]);
        File.WriteAllBytes(file, input);
        return file;
    }

    private static void Lines(List<byte> bytes, Random random, Action<List<byte[]>, int> change)
    {
        var lines = Split(bytes.ToArray());
        if (lines.Count < 2)
        {
            return;
        }

        change(lines, random.Next(lines.Count - 1));
        bytes.Clear();
        foreach (var line in lines)
        {
            bytes.AddRange(line);
        }
    }

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add(bytes[start..]);
        }

        return lines;
    }

    private static readonly string[] EdgeNumbers = ["0", "-1", "-0.0", "1e308", "1e-320", "100000000000", "nan", "inf", "2147483648", "-2147483649", "00", "1.", ".5"];

    private static void ReplaceNumber(List<byte> bytes, Random random)
    {
        var digits = Enumerable.Range(0, bytes.Count).Where(i => bytes[i] is >= (byte)'0' and <= (byte)'9').ToArray();
        if (digits.Length == 0)
        {
            return;
        }

        var start = digits[random.Next(digits.Length)];
        var end = start;
        while (end < bytes.Count && (bytes[end] is >= (byte)'0' and <= (byte)'9' or (byte)'.'))
        {
            end++;
        }

        while (start > 0 && (bytes[start - 1] is >= (byte)'0' and <= (byte)'9' or (byte)'.'))
        {
            start--;
        }

        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, Encoding.UTF8.GetBytes(EdgeNumbers[random.Next(EdgeNumbers.Length)]));
    }
}
