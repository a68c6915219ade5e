using System.Text.Json;

namespace Campo.Domain;

/// <summary>
/// How an enum value is spelled in every machine-readable output (JSON, CSV, Parquet, workbooks): camelCase, as the
/// JSON serializer writes it (<c>leastDeveloped</c>, not <c>LeastDeveloped</c> in one file and
/// <c>leastDeveloped</c> in another), so that an analyst can join a CSV with a JSON result on its codes.
/// </summary>
public static class EnumSpelling
{
    /// <summary>The naming policy of enum values (the JSON options use it too).</summary>
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.CamelCase;

    /// <summary>An enum value as the outputs spell it.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => Policy.ConvertName(value.ToString());
}
