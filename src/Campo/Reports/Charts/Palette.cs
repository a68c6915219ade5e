namespace Campo.Reports.Charts;

/// <summary>
/// The colours of every chart: ColorBrewer's diverging BrBG scheme with 7 classes (Cynthia Brewer, Mark
/// Harrower and The Pennsylvania State University, colorbrewer2.org; Apache 2.0), which ColorBrewer marks as
/// colour-blind safe. Brown for losses, teal for gains, pale neutral in the middle; a chart never relies on
/// colour alone (signs, labels and tables carry every value).
/// </summary>
public static class Palette
{
    /// <summary>BrBG, 7 classes, from the largest loss to the largest gain.</summary>
    public static IReadOnlyList<string> Diverging { get; } = ["#8c510a", "#d8b365", "#f6e8c3", "#f5f5f5", "#c7eae5", "#5ab4ac", "#01665e"];

    /// <summary>Bars of a loss.</summary>
    public static string Loss => Diverging[0];

    /// <summary>Bars of a gain.</summary>
    public static string Gain => Diverging[6];

    /// <summary>The first series of a grouped chart (farmers).</summary>
    public static string SeriesA => Diverging[1];

    /// <summary>The second series of a grouped chart (consumers).</summary>
    public static string SeriesB => Diverging[5];

    /// <summary>Countries without data on a map.</summary>
    public const string NoData = "#e0e0e0";

    /// <summary>Axes, whiskers and text.</summary>
    public const string Ink = "#333333";

    /// <summary>Grid lines.</summary>
    public const string Grid = "#d0d0d0";
}
