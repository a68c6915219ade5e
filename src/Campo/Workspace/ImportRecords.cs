using Campo.Errors;

namespace Campo.Workspace;

/// <summary>The kinds of file <c>campo data import</c> reads.</summary>
public enum ImportKind
{
    /// <summary>WTO Tariff &amp; Trade Data export: MFN applied (and bound) duties by HS line or averages by MTN product group.</summary>
    WtoTtd,

    /// <summary>WITS/TRAINS tariffs: SDMX-JSON responses or CSV downloads.</summary>
    Wits,

    /// <summary>FAOSTAT bulk CSV: production, trade, producer prices (long or wide by year).</summary>
    Faostat,

    /// <summary>CEPII BACI bilateral HS6 flows, and BACI's country code file.</summary>
    Baci,
}

/// <summary>The names of <see cref="ImportKind"/> on the command line and in the workspace.</summary>
public static class ImportKinds
{
    /// <summary>The names, in the order the help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["wto-ttd", "wits", "faostat", "baci"];

    /// <summary>The name of a kind.</summary>
    public static string Name(ImportKind kind) => kind switch
    {
        ImportKind.WtoTtd => "wto-ttd",
        ImportKind.Wits => "wits",
        ImportKind.Faostat => "faostat",
        _ => "baci",
    };

    /// <summary>Parses a kind's name.</summary>
    /// <exception cref="CampoException">An unknown name.</exception>
    public static ImportKind Parse(string name) =>
        TryParse(name, out var kind) ? kind : throw new CampoException(Messages.Fill(Messages.Workspace_UnknownKind, name), Messages.Fill(Messages.Workspace_ExpectedOneOf, string.Join(", ", Names)), SourceLocation.OfField("KIND"));

    /// <summary>Parses a kind's name, or returns false.</summary>
    public static bool TryParse(string? name, out ImportKind kind)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "wto-ttd":
                kind = ImportKind.WtoTtd;
                return true;
            case "wits":
                kind = ImportKind.Wits;
                return true;
            case "faostat":
                kind = ImportKind.Faostat;
                return true;
            case "baci":
                kind = ImportKind.Baci;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>
    /// The licence note recorded with every import of a kind: what the publisher's terms say about reuse, so that a
    /// workspace shared with others carries it (sources: each publisher's terms; see docs/data-import.md).
    /// </summary>
    public static string Licence(ImportKind kind) => kind switch
    {
        ImportKind.WtoTtd => "WTO Tariff & Trade Data: WTO terms of use (attribution to the WTO; redistribution conditions in the terms); keep this workspace for your own analysis",
        ImportKind.Wits => "UNCTAD TRAINS via World Bank WITS: WITS terms restrict bulk redistribution of tariff data; keep this workspace for your own analysis",
        ImportKind.Faostat => "FAOSTAT, FAO: CC BY 4.0 (attribute \"FAOSTAT, FAO\")",
        _ => "CEPII BACI: Etalab Open Licence 2.0 (attribute CEPII, Gaulier and Zignago 2010)",
    };
}

/// <summary>Why a row or a file was refused: the named errors of an import.</summary>
public enum RejectReason
{
    /// <summary>The file's columns match none of the layouts the kind knows.</summary>
    UnknownLayout,

    /// <summary>A column the layout needs is absent.</summary>
    MissingColumn,

    /// <summary>A rate or value is text where a number is expected.</summary>
    RateIsText,

    /// <summary>The row repeats the key of an earlier row of the file.</summary>
    DuplicatedLine,

    /// <summary>A product, country or item code is not a code.</summary>
    BadCode,

    /// <summary>A rate or value is negative or not finite.</summary>
    BadNumber,

    /// <summary>A required value is empty.</summary>
    MissingValue,

    /// <summary>The year is not a year.</summary>
    BadYear,

    /// <summary>The row has fewer fields than the header.</summary>
    ShortRow,
}

/// <summary>The names of <see cref="RejectReason"/>, as stored and printed.</summary>
public static class RejectReasons
{
    private static readonly Dictionary<RejectReason, string> NamesOf = new()
    {
        [RejectReason.UnknownLayout] = "unknown-layout",
        [RejectReason.MissingColumn] = "missing-column",
        [RejectReason.RateIsText] = "rate-is-text",
        [RejectReason.DuplicatedLine] = "duplicated-line",
        [RejectReason.BadCode] = "bad-code",
        [RejectReason.BadNumber] = "bad-number",
        [RejectReason.MissingValue] = "missing-value",
        [RejectReason.BadYear] = "bad-year",
        [RejectReason.ShortRow] = "short-row",
    };

    /// <summary>The name of a reason.</summary>
    public static string Name(RejectReason reason) => NamesOf[reason];

    /// <summary>Parses a stored name.</summary>
    public static RejectReason Parse(string name) => NamesOf.First(p => p.Value == name).Key;
}

/// <summary>One refused row.</summary>
/// <param name="Line">The line in the file (header = 1), or null where the format has no lines (JSON).</param>
/// <param name="Reason">Why.</param>
/// <param name="Field">The column, or null.</param>
/// <param name="Detail">What was found, in words.</param>
public sealed record Rejection(long? Line, RejectReason Reason, string? Field, string Detail);

/// <summary>An import's provenance, as the <c>imports</c> table holds it.</summary>
/// <param name="Id">The import's number in the workspace.</param>
/// <param name="Kind">The kind of file.</param>
/// <param name="FileName">The file's name (without folders): re-importing a file of that name and kind replaces its rows.</param>
/// <param name="FilePath">The full path it was read from.</param>
/// <param name="Sha256">The file's SHA-256, in hex.</param>
/// <param name="Bytes">The file's size.</param>
/// <param name="ImportedAt">When, in UTC.</param>
/// <param name="Layout">The layout recognised.</param>
/// <param name="Licence">The licence note.</param>
/// <param name="RowsRead">Rows read (records of the file; a wide FAOSTAT line counts once).</param>
/// <param name="RowsImported">Rows stored.</param>
/// <param name="RowsRejected">Rows refused (see the <c>rejections</c> table).</param>
/// <param name="Notes">What else a reader must know (rows left out and why), notes separated by " | ".</param>
public sealed record ImportRecord(int Id, ImportKind Kind, string FileName, string FilePath, string Sha256, long Bytes, DateTime ImportedAt, string Layout, string Licence, long RowsRead, long RowsImported, long RowsRejected, string Notes);

/// <summary>A whole file refused on import, with the named reason; the workspace is left as it was.</summary>
public sealed class ImportException : CampoException
{
    /// <summary>Creates the error.</summary>
    public ImportException(RejectReason reason, string problem, string? expected, SourceLocation? location, Exception? inner = null)
        : base(RejectReasons.Name(reason) + ": " + problem, expected, location, inner)
    {
        Reason = reason;
    }

    /// <summary>The named reason.</summary>
    public RejectReason Reason { get; }
}
