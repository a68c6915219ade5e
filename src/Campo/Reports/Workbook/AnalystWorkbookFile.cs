namespace Campo.Reports.Workbook;

/// <summary>Whether an output path names a workbook (by its extension, as every output file is chosen).</summary>
public static class AnalystWorkbookFile
{
    /// <summary>The media type of an .xlsx workbook.</summary>
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>True for a <c>.xlsx</c> path.</summary>
    public static bool Is(string path) => string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase);
}
