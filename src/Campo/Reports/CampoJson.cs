using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Campo.Reports;

/// <summary>
/// The one JSON convention of every <c>--json</c> output, API response and results file: camelCase names,
/// enums as strings, indented, non-ASCII names (Côte d'Ivoire) written as they are.
/// </summary>
public static class CampoJson
{
    /// <summary>The serializer options shared by the command line and the web API.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serialises a value with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter(Domain.EnumSpelling.Policy));
        options.Converters.Add(new DomainJsonConverters.MemberIdConverter());
        options.Converters.Add(new DomainJsonConverters.CommodityIdConverter());
        options.Converters.Add(new DomainJsonConverters.HsCodeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
