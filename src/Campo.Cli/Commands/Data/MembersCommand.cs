using System.Globalization;
using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Data;

/// <summary>Settings of <c>campo data members</c>.</summary>
public sealed class MembersSettings : DataSettings
{
    /// <summary>The date.</summary>
    [CommandOption("--at <DATE>")]
    [LocalizedDescription(CliStrings.Option_At)]
    public string? At { get; init; }

    /// <summary>The parsed date, or null.</summary>
    public DateOnly? AtDate => At is null ? null : DateOnly.ParseExact(At, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (At is null)
        {
            return base.Validate();
        }

        if (!DateOnly.TryParseExact(At, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_At, At));
        }

        // The same bounds as a scenario's members_at: the WTO exists from 1995-01-01, and membership is known up to today.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return date < Scenarios.ScenarioReader.WtoFounded || date > today
            ? ValidationResult.Error(CliText.Fill(CliStrings.Error_AtOutsideWto, At, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : base.Validate();
    }
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

        var table = new Table()
            .AddColumn(CliText.Text(CliStrings.Col_Code))
            .AddColumn(CliText.Text(CliStrings.Col_Name))
            .AddColumn(CliText.Text(CliStrings.Col_Accession))
            .AddColumn(CliText.Text(CliStrings.Col_Status))
            .AddColumn(CliText.Text(CliStrings.Col_Region))
            .AddColumn(CliText.Text(CliStrings.Col_Relation));
        foreach (var m in members)
        {
            // Dates in the table as --at takes them (yyyy-MM-dd); the relation in words (--json gives the dataset's name, docs/data.md).
            var status = Format.Status(m.StatusAt(date)) + (m.StatusProvenanceAt(date).NeedsFlag ? " *" : string.Empty);
            table.AddRow(m.Id.Code, Markup.Escape(m.NameIn(CliText.Language.Code)), m.Accession.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(status), m.Region?.Code ?? "-", Markup.Escape(DataWords.Relation(m.Relation)));
        }

        output.Console.Write(table);
        var heading = settings.At is { } given ? CliText.Fill(CliStrings.Data_MembersOn, given) : CliText.Text(CliStrings.Data_MembersToDate);
        output.Console.WriteLine(CliText.Fill(CliStrings.Data_MembersFooter, heading, Format.Count(members.Count)));
        return ExitCodes.Ok;
    }
}
