using System.ComponentModel;
using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Data;

/// <summary>Settings of <c>campo data coalitions</c>.</summary>
public sealed class CoalitionsSettings : DataSettings
{
    /// <summary>One coalition to list the members of.</summary>
    [CommandArgument(0, "[CODE]")]
    [Description("A coalition code (G20, G22, CAIRNS, G33, C4, ACP, AFRICAN, LDC, ...) to list its members; omit to list the coalitions.")]
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
            output.Console.MarkupLine($"[bold]{Markup.Escape(c.Name)}[/] ({Markup.Escape(c.Code)}), vintage {Markup.Escape(c.Vintage)}: {c.Members.Count.ToString(CultureInfo.InvariantCulture)} members");
            var table = new Table().AddColumn("code").AddColumn("name in source").AddColumn("WTO member").AddColumn("note");
            foreach (var m in c.Members)
            {
                table.AddRow(m.Id?.Code ?? "-", Markup.Escape(m.NameInSource), m.IsWtoMember ? "yes" : "no", Markup.Escape(m.Note));
            }

            output.Console.Write(table);
            output.Console.WriteLine("Source: " + c.Source.Source);
            return ExitCodes.Ok;
        }

        var list = new Table().AddColumn("code").AddColumn("name").AddColumn("vintage").AddColumn(new TableColumn("members").RightAligned());
        foreach (var c in coalitions)
        {
            list.AddRow(Markup.Escape(c.Code), Markup.Escape(c.Name), Markup.Escape(c.Vintage), c.Members.Count.ToString(CultureInfo.InvariantCulture));
        }

        output.Console.Write(list);
        output.Console.WriteLine("Every list is dated and cited: campo data coalitions CODE shows its members and source.");
        return ExitCodes.Ok;
    }
}
