using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Data;

namespace Campo.Cli.Commands.Data;

/// <summary>The dataset's codes in words, in the language of the run (the JSON keeps the dataset's names).</summary>
internal static class DataWords
{
    /// <summary>How a member relates to its market region, in words.</summary>
    /// <param name="relation">The relation.</param>
    public static string Relation(RegionRelation relation) => CliText.Text(relation switch
    {
        RegionRelation.Own => CliStrings.Relation_Own,
        RegionRelation.PartOfAggregate => CliStrings.Relation_PartOfAggregate,
        RegionRelation.EuMemberState => CliStrings.Relation_EuMemberState,
        _ => CliStrings.Relation_NoData,
    });
}
