namespace Campo.Errors;

/// <summary>"Did you mean" suggestions: the closest candidate by edit distance, compared without case.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="input"/> by Levenshtein distance (ignoring case), or null when
    /// none is within max(2, a third of the input's length) edits.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        var needle = input.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(needle, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(2, needle.Length / 3) ? best : null;
    }

    /// <summary>
    /// The "did you mean" clause for an error message, in the UI culture's language, or a fallback text when nothing is
    /// close.
    /// </summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates, string fallback) =>
        Closest(input, candidates) is { } best ? Messages.Fill(Messages.Common_DidYouMean, best) : fallback;

    /// <summary>The Levenshtein distance between two strings.</summary>
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
