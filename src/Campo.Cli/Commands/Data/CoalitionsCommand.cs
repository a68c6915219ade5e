using System.Globalization;
using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Data;

/// <summary>Settings of <c>campo data coalitions</c>.</summary>
public sealed class CoalitionsSettings : DataSettings
{
    /// <summary>One coalition to list the members of.</summary>
    [CommandArgument(0, "[CODE]")]
    [LocalizedDescription(CliStrings.Argument_Coalition)]
    public string? Code { get; init; }
}

/// <summary><c>campo data coalitions</c>: coalitions with vintage and source, or one coalition's members.</summary>
public sealed class CoalitionsCommand(CliOutput output) : Command<CoalitionsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CoalitionsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dataset = settings.LoadDataset(output);
        var coalitions = settings.Code is { } code ? [dataset.GetCoalition(code)] : dataset.Coalitions;
        if (settings.Json)
        {
            output.Out.WriteLine(CampoJson.Serialize(coalitions.Select(c => new
            {
                c.Code,
                c.Name,
                c.Vintage,
                vintageDate = c.VintageDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                source = c.Source.Source,
                count = c.Members.Count,
                members = c.Members,
            })));
            return ExitCodes.Ok;
        }

        if (settings.Code is not null)
        {
            var c = coalitions[0];
            output.Console.MarkupLine("[bold]" + Markup.Escape(c.Name) + "[/] " + Markup.Escape(CliText.Fill(CliStrings.Data_CoalitionHeader, c.Code, c.Vintage, Format.Count(c.Members.Count))));
            var table = new Table().AddColumn(CliText.Text(CliStrings.Col_Code)).AddColumn(CliText.Text(CliStrings.Col_NameInSource)).AddColumn(CliText.Text(CliStrings.Col_WtoMember)).AddColumn(CliText.Text(CliStrings.Col_Note));
            foreach (var m in c.Members)
            {
                table.AddRow(m.Id?.Code ?? "-", Markup.Escape(m.NameInSource), CliText.Text(m.IsWtoMember ? CliStrings.Word_Yes : CliStrings.Word_No), Markup.Escape(m.Note));
            }

            output.Console.Write(table);
            output.Console.WriteLine(CliText.Fill(CliStrings.Data_Source, c.Source.Source));
            return ExitCodes.Ok;
        }

        var list = new Table().AddColumn(CliText.Text(CliStrings.Col_Code)).AddColumn(CliText.Text(CliStrings.Col_Name)).AddColumn(CliText.Text(CliStrings.Col_Vintage)).AddColumn(new TableColumn(CliText.Text(CliStrings.Col_Members)).RightAligned());
        foreach (var c in coalitions)
        {
            list.AddRow(Markup.Escape(c.Code), Markup.Escape(c.Name), Markup.Escape(c.Vintage), Format.Count(c.Members.Count));
        }

        output.Console.Write(list);
        output.Console.WriteLine(CliText.Text(CliStrings.Data_CoalitionsFooter));
        return ExitCodes.Ok;
    }
}
