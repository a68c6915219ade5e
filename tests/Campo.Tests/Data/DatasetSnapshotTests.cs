using System.Collections;
using System.Reflection;
using Campo.Data;
using Campo.Data.Csv;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Scenarios;

namespace Campo.Tests.Data;

/// <summary>
/// The binary snapshot of the embedded dataset (issue 18) gives the same dataset as the CSV files, bit for bit: field
/// for field at the table level, property for property (generically, by reflection, so a table added to the dataset is
/// compared without a line here) at the dataset level, and figure for figure in an evaluation.
/// </summary>
public class DatasetSnapshotTests
{
    private static readonly Lazy<byte[]> Image = new(DatasetSnapshot.Build);

    [Fact]
    public void Every_dataset_file_is_embedded_and_every_embedded_file_is_a_dataset_file()
    {
        // The snapshot holds every embedded CSV file whatever it is; a file added to data/default must also be listed in
        // DatasetFiles.All (documented, read by the loader), and a listed file must be embedded.
        Assert.Equal(DatasetFiles.All.Order(StringComparer.Ordinal), DatasetSnapshot.EmbeddedFiles());
    }

    [Fact]
    public void The_snapshot_holds_every_embedded_table_field_for_field_and_number_for_number()
    {
        var tables = CsvSnapshot.Read(Image.Value, file => file);
        Assert.Equal(DatasetSnapshot.EmbeddedFiles(), tables.Keys.Order(StringComparer.Ordinal));
        var numbers = 0;
        foreach (var file in DatasetSnapshot.EmbeddedFiles())
        {
            using var reader = DatasetSnapshot.Open(file)!;
            var text = CsvTable.Parse(reader, file);
            var image = tables[file];
            Assert.Equal(text.Header, image.Header);
            Assert.Equal(text.Records.Count, image.Records.Count);
            for (var r = 0; r < text.Records.Count; r++)
            {
                Assert.Equal(text.Records[r].Line, image.Records[r].Line);
                Assert.Equal(text.Records[r].Fields, image.Records[r].Fields);
                foreach (var column in text.Header)
                {
                    double? expected;
                    try
                    {
                        expected = text.OptionalNumber(text.Records[r], column, "test");
                    }
                    catch (Campo.Errors.CampoException)
                    {
                        continue;
                    }

                    var actual = image.OptionalNumber(image.Records[r], column, "test");
                    Assert.Equal(expected.HasValue, actual.HasValue);
                    if (expected is { } e)
                    {
                        Assert.Equal(BitConverter.DoubleToInt64Bits(e), BitConverter.DoubleToInt64Bits(actual!.Value));
                        numbers++;
                    }
                }
            }
        }

        // Invariant: the dataset's numbers are read from the image (base_2005 alone has 4,000+ rows of 22 numeric columns).
        Assert.True(numbers > 100_000, numbers + " numbers compared");
    }

    [Fact]
    public void The_dataset_from_the_snapshot_is_the_dataset_from_the_csv_files_bit_for_bit()
    {
        var fromText = DatasetLoader.LoadEmbedded(snapshot: false);
        var fromImage = DatasetLoader.LoadSnapshot(Image.Value);
        var comparison = new DeepComparison();
        comparison.Compare("Dataset", fromText, fromImage);
        Assert.True(comparison.Differences.Count == 0, string.Join("\n", comparison.Differences.Take(10)));

        // Every public property of the dataset was compared: a table exposed on Dataset is covered without a line here.
        var tables = typeof(Dataset).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)).ToArray();
        Assert.All(tables, t => Assert.Contains("Dataset." + t.Name, comparison.Visited));
        Assert.True(comparison.Leaves > 500_000, comparison.Leaves + " values compared");
    }

    [Fact]
    public void The_embedded_dataset_reads_its_larger_tables_on_first_use_and_a_folder_reads_them_at_once()
    {
        // campo data members needs the members, not the 61,000 cross-price elasticities or the FAOSTAT balances.
        var embedded = DatasetLoader.LoadSnapshot(Image.Value);
        Assert.Equal(146, embedded.MembersAt(new DateOnly(2003, 9, 14)).Count);
        Assert.Empty(embedded.TablesRead);
        Assert.NotEmpty(embedded.Faostat);
        Assert.Equal(["Faostat"], embedded.TablesRead);

        // A user's folder is read whole when it is loaded, so that an error in any file is reported then.
        var folder = Path.Combine(Path.GetTempPath(), "campo-lazy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in DatasetFiles.All)
            {
                using var reader = DatasetSnapshot.Open(file)!;
                File.WriteAllText(Path.Combine(folder, file), reader.ReadToEnd());
            }

            Assert.Equal(9, DatasetLoader.Load(folder).TablesRead.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_comparison_finds_one_changed_number()
    {
        // The test above can fail: a copy of the default files with one World Bank price changed is found different there, and only there.
        var folder = Directory.CreateTempSubdirectory("campo-snapshot").FullName;
        try
        {
            foreach (var file in DatasetSnapshot.EmbeddedFiles())
            {
                using var reader = DatasetSnapshot.Open(file)!;
                var text = reader.ReadToEnd();
                if (file == DatasetFiles.Prices)
                {
                    // The 1960 maize price, 44.500 in the file, becomes 44.501.
                    Assert.Contains(",$/mt,44.500,", text, StringComparison.Ordinal);
                    text = text.Replace(",$/mt,44.500,", ",$/mt,44.501,", StringComparison.Ordinal);
                }

                File.WriteAllText(Path.Combine(folder, file), text);
            }

            var comparison = new DeepComparison();
            comparison.Compare("Dataset", DatasetLoader.LoadSnapshot(Image.Value), DatasetLoader.Load(folder));
            Assert.Equal(["Dataset.Origin", "Dataset.Prices[0].Values[1960]"], comparison.Differences.Select(d => d.Split(':')[0]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Cancun_evaluates_to_the_same_figures_on_the_snapshot_and_on_the_csv_files()
    {
        var scenario = ScenarioReader.ReadFile(Path.Combine(TestSupport.SharedData.RepositoryRoot, "scenarios", "cancun-2003.toml"));
        var options = new EvaluationOptions { Draws = 0 };
        var fromText = DraftEvaluator.Evaluate(scenario, DatasetLoader.LoadEmbedded(snapshot: false), options);
        var fromImage = DraftEvaluator.Evaluate(scenario, DatasetLoader.LoadSnapshot(Image.Value), options);
        Assert.Equal(CampoJson.Serialize(fromText), CampoJson.Serialize(fromImage));
    }

    [Fact]
    public void The_cache_is_written_once_read_back_and_a_damaged_file_is_rebuilt()
    {
        var folder = Directory.CreateTempSubdirectory("campo-cache").FullName;
        try
        {
            Assert.NotNull(DatasetSnapshot.Tables(f => f, folder));
            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.Equal(Image.Value, File.ReadAllBytes(file));
            var written = File.GetLastWriteTimeUtc(file);

            Assert.NotNull(DatasetSnapshot.Tables(f => f, folder));
            Assert.Equal(written, File.GetLastWriteTimeUtc(file));

            var damaged = File.ReadAllBytes(file)[..(Image.Value.Length / 2)];
            File.WriteAllBytes(file, damaged);
            var tables = DatasetSnapshot.Tables(f => f, folder);
            Assert.NotNull(tables);
            Assert.Equal(Image.Value, File.ReadAllBytes(Assert.Single(Directory.GetFiles(folder))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Bytes_that_are_not_a_snapshot_are_refused()
    {
        Assert.Null(CsvSnapshot.KeyOf("key,text\n"u8));
        Assert.Throws<InvalidDataException>(() => CsvSnapshot.Read([.. "key,text\n"u8], f => f));
    }

    /// <summary>Compares two object graphs through their public properties; doubles by their bits.</summary>
    private sealed class DeepComparison
    {
        public List<string> Differences { get; } = [];

        public HashSet<string> Visited { get; } = [];

        public long Leaves { get; private set; }

        public void Compare(string path, object? a, object? b, int depth = 0)
        {
            Visited.Add(path);
            if (a is null || b is null)
            {
                Leaf(path, a is null && b is null, a, b);
                return;
            }

            if (a.GetType() != b.GetType())
            {
                Differences.Add(path + ": " + a.GetType() + " vs " + b.GetType());
                return;
            }

            switch (a)
            {
                case double x:
                    Leaf(path, BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits((double)b), a, b);
                    return;
                case string or bool or int or long or ulong or decimal or DateOnly or DateTime or Enum or char:
                    Leaf(path, a.Equals(b), a, b);
                    return;
                case IDictionary da:
                    var db = (IDictionary)b;
                    Compare(path + ".Count", da.Count, db.Count, depth + 1);
                    foreach (DictionaryEntry e in da)
                    {
                        Compare(path + "[" + e.Key + "]", e.Value, db.Contains(e.Key) ? db[e.Key] : null, depth + 1);
                    }

                    return;
                case IEnumerable ea:
                    var la = ea.Cast<object?>().ToList();
                    var lb = ((IEnumerable)b).Cast<object?>().ToList();
                    Compare(path + ".Count", la.Count, lb.Count, depth + 1);
                    for (var i = 0; i < Math.Min(la.Count, lb.Count); i++)
                    {
                        Compare(path + "[" + i + "]", la[i], lb[i], depth + 1);
                    }

                    return;
            }

            if (depth > 16)
            {
                Differences.Add(path + ": too deep");
                return;
            }

            // A property of the object's own type is derived from it (HsCode.Chapter, Heading): comparing the object compares it.
            var properties = a.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != a.GetType()).ToArray();
            if (properties.Length == 0)
            {
                Leaf(path, a.Equals(b), a, b);
                return;
            }

            foreach (var p in properties)
            {
                Compare(path + "." + p.Name, Get(p, a), Get(p, b), depth + 1);
            }
        }

        /// <summary>A property's value, or the type of exception a computed property throws (HsCode.Heading of a 2-digit code).</summary>
        private static object? Get(PropertyInfo property, object target)
        {
            try
            {
                return property.GetValue(target);
            }
            catch (TargetInvocationException e)
            {
                return "throws " + e.InnerException?.GetType().Name;
            }
        }

        private void Leaf(string path, bool equal, object? a, object? b)
        {
            Leaves++;
            if (!equal)
            {
                Differences.Add(path + ": " + a + " vs " + b);
            }
        }
    }
}
