using System.Text.Json;
using System.Text.Json.Serialization;
using Campo.Domain;

namespace Campo.Reports;

/// <summary>Writes domain codes as plain strings ("MEX", "maiz", "100590") rather than objects.</summary>
internal static class DomainJsonConverters
{
    internal sealed class MemberIdConverter : JsonConverter<MemberId>
    {
        public override MemberId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            MemberId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("A member code is three letters, such as MEX.");

        public override void Write(Utf8JsonWriter writer, MemberId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);

        public override MemberId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, MemberId value, JsonSerializerOptions options) => writer.WritePropertyName(value.Code);
    }

    internal sealed class CommodityIdConverter : JsonConverter<CommodityId>
    {
        public override CommodityId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            CommodityId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("A commodity code is 2 to 8 letters or digits, such as maiz.");

        public override void Write(Utf8JsonWriter writer, CommodityId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);

        public override CommodityId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, CommodityId value, JsonSerializerOptions options) => writer.WritePropertyName(value.Code);
    }

    internal sealed class HsCodeConverter : JsonConverter<HsCode>
    {
        public override HsCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            HsCode.TryParse(reader.GetString(), out var code) ? code : throw new JsonException("An HS code has 2 to 12 digits.");

        public override void Write(Utf8JsonWriter writer, HsCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Digits);
    }
}
