using System.Globalization;

namespace Campo.Reports.Localization;

/// <summary>
/// Chooses the language of a web page or API answer: an explicit choice in the query string first, then the
/// language remembered in a cookie, then the best match of the browser's Accept-Language header (RFC 9110,
/// section 12.5.4: ranges weighted by q, q=0 meaning "not acceptable"), then English.
/// </summary>
public static class LanguageNegotiation
{
    /// <summary>The name of the query parameter and of the cookie that carry the choice.</summary>
    public const string Parameter = "lang";

    /// <summary>Chooses the language.</summary>
    /// <param name="query">The <c>lang</c> query parameter, or null.</param>
    /// <param name="cookie">The <c>lang</c> cookie, or null.</param>
    /// <param name="acceptLanguage">The Accept-Language header, or null.</param>
    /// <returns>The language; English when nothing usable is given.</returns>
    public static ReportLanguage Choose(string? query, string? cookie, string? acceptLanguage) =>
        ReportLanguage.Find(query) ?? ReportLanguage.Find(cookie) ?? FromAcceptLanguage(acceptLanguage) ?? ReportLanguage.English;

    /// <summary>The best language of an Accept-Language header, or null when none of Campo's is acceptable.</summary>
    /// <param name="header">Such as <c>fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5</c>.</param>
    public static ReportLanguage? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        ReportLanguage? best = null;
        var bestWeight = 0.0;
        var order = 0;
        var bestOrder = int.MaxValue;
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            order++;
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var weight = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(parameter.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var q))
                {
                    weight = Math.Clamp(q, 0, 1);
                }
            }

            var language = pieces[0] == "*" ? ReportLanguage.English : ReportLanguage.Find(pieces[0]);
            if (language is null || weight <= 0)
            {
                continue;
            }

            // Higher weight wins; among equal weights, the one the browser listed first.
            if (weight > bestWeight || (weight == bestWeight && order < bestOrder))
            {
                best = language;
                bestWeight = weight;
                bestOrder = order;
            }
        }

        return best;
    }
}
