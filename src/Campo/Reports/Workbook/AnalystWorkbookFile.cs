namespace Campo.Reports.Workbook;

/// <summary>Whether an output path names a workbook (by its extension, as every output file is chosen).</summary>
public static class AnalystWorkbookFile
{
    /// <summary>True for a <c>.xlsx</c> path.</summary>
    public static bool Is(string path) => string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase);
}
