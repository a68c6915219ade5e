namespace Campo.Scenarios.Toml;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
public static class Suggest
{
    /// <summary>
    /// The candidate closest to <paramref name="input"/> (case-insensitive Levenshtein distance), or null when
    /// none is close: at most a third of the input's length, and at least one edit allowed.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, input.Length / 3);
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>The Levenshtein edit distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
