using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Reports;
using Campo.Workspace;
using Spectre.Console;

namespace Campo.Cli.Commands.Data;

/// <summary><c>campo data show --data WORKSPACE.duckdb</c>: the imports with their provenance, the tables, and the schedules a run would use.</summary>
internal static class WorkspaceShow
{
    public static int Print(CliOutput output, string data, bool json)
    {
        using var workspace = WorkspaceInputs.Open(output, data);
        var imports = workspace.Imports();
        var tables = workspace.TableCounts();
        var schedules = WorkspaceSchedules.Coverage(workspace);
        if (json)
        {
            output.Out.Write(CampoJson.Serialize(new
            {
                workspace = data,
                imports = imports.Select(i => new { i.Id, kind = ImportKinds.Name(i.Kind), i.FileName, i.FilePath, i.Sha256, i.Bytes, i.ImportedAt, i.Layout, i.Licence, i.RowsRead, i.RowsImported, i.RowsRejected, i.Notes }),
                tables = tables.ToDictionary(t => t.Table, t => t.Rows),
                schedules = schedules.Select(s => new { member = s.Member.Code, s.Year, s.Lines, s.Bound, s.Files }),
            }) + "\n");
            return ExitCodes.Ok;
        }

        output.Console.MarkupLine("[bold]" + Markup.Escape(CliText.Fill(CliStrings.Workspace_Title, data)) + "[/]");
        if (imports.Count == 0)
        {
            output.Console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Workspace_Empty, data)));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_Import)).RightAligned());
        table.AddColumn(CliText.Text(CliStrings.Col_Kind));
        table.AddColumn(CliText.Text(CliStrings.Col_File));
        table.AddColumn(CliText.Text(CliStrings.Col_ImportedAt));
        table.AddColumn(CliText.Text(CliStrings.Col_Layout));
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_RowsStored)).RightAligned());
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_RowsRejected)).RightAligned());
        foreach (var i in imports)
        {
            table.AddRow(
                Count(i.Id),
                ImportKinds.Name(i.Kind),
                Markup.Escape(i.FileName),
                i.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(i.Layout),
                Count(i.RowsImported),
                Count(i.RowsRejected));
        }

        output.Console.Write(table);
        output.Console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Workspace_Tables, string.Join(", ", tables.Select(t => t.Table + " " + Count(t.Rows))))));
        if (schedules.Count > 0)
        {
            output.Console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Workspace_Schedules, data)));
            foreach (var s in schedules)
            {
                output.Console.MarkupLine(Markup.Escape("  " + CliText.Fill(CliStrings.Workspace_Schedule, s.Member.Code, Count(s.Year), Count(s.Lines), Count(s.Bound), s.Files)));
            }
        }

        foreach (var licence in imports.GroupBy(i => i.Licence))
        {
            output.Console.MarkupLine("[grey]" + Markup.Escape(CliText.Fill(CliStrings.Import_Licence, licence.Key + " (" + string.Join(", ", licence.Select(i => i.FileName)) + ")")) + "[/]");
        }

        output.Console.MarkupLine("[grey]" + Markup.Escape(CliText.Fill(CliStrings.Workspace_Query, data)) + "[/]");
        return ExitCodes.Ok;
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
