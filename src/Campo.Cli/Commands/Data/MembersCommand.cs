using System.ComponentModel;
using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Data;

/// <summary>Settings of <c>campo data members</c>.</summary>
public sealed class MembersSettings : DataSettings
{
    /// <summary>The date.</summary>
    [CommandOption("--at <DATE>")]
    [Description("Only members that had joined by this date (yyyy-MM-dd, such as 2003-09-14 for Cancún); status as of that date. Default: all members, status today.")]
    public string? At { get; init; }

    /// <summary>The parsed date, or null.</summary>
    public DateOnly? AtDate => At is null ? null : DateOnly.ParseExact(At, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        At is null || DateOnly.TryParseExact(At, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--at: '{At}' is not a date; write it yyyy-MM-dd, such as 2003-09-14.");
}

/// <summary><c>campo data members</c>: the WTO members at a date.</summary>
public sealed class MembersCommand(CliOutput output) : Command<MembersSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, MembersSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dataset = settings.LoadDataset(output);
        var date = settings.AtDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var members = settings.AtDate is { } at ? dataset.MembersAt(at) : dataset.Members;
        if (settings.Json)
        {
            output.Out.WriteLine(CampoJson.Serialize(new
            {
                at = settings.At,
                statusDate = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                count = members.Count,
                members = members.Select(m => new
                {
                    code = m.Id,
                    name = m.Name,
                    names = m.Names,
                    wtoName = m.WtoName,
                    accession = m.Accession.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    m.OriginalMember,
                    status = m.StatusAt(date),
                    statusSource = m.StatusProvenanceAt(date),
                    euMemberState = m.IsEuMemberStateAt(date),
                    region = m.Region?.Code,
                    relation = m.Relation,
                    regionNote = m.RegionNote,
                }),
            }));
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumn("code").AddColumn("name").AddColumn("accession").AddColumn("status").AddColumn("region").AddColumn("relation");
        foreach (var m in members)
        {
            var status = m.StatusAt(date) + (m.StatusProvenanceAt(date).NeedsFlag ? " *" : string.Empty);
            table.AddRow(m.Id.Code, Markup.Escape(m.Name), m.Accession.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), status, m.Region?.Code ?? "-", m.Relation.ToString());
        }

        output.Console.Write(table);
        var heading = settings.AtDate is null ? "WTO members to date" : "WTO members on " + settings.At;
        output.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{heading}: {members.Count} (the EU counts as one member beside its member states). * status by stated assumption or to verify; see --json for sources."));
        return ExitCodes.Ok;
    }
}
