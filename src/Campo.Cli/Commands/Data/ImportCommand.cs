using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Domain;
using Campo.Reports;
using Campo.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Data;

/// <summary>Settings of <c>campo data import KIND FILE --into WORKSPACE.duckdb</c>.</summary>
public sealed class ImportSettings : JsonSettings
{
    /// <summary>The kind of file.</summary>
    [CommandArgument(0, "<KIND>")]
    [LocalizedDescription(CliStrings.Argument_ImportKind)]
    public string Kind { get; init; } = string.Empty;

    /// <summary>The file.</summary>
    [CommandArgument(1, "<FILE>")]
    [LocalizedDescription(CliStrings.Argument_ImportFile)]
    public string File { get; init; } = string.Empty;

    /// <summary>The workspace.</summary>
    [CommandOption("--into <WORKSPACE>")]
    [LocalizedDescription(CliStrings.Option_Into)]
    public string? Into { get; init; }

    /// <summary>The member whose tariffs the file holds, or null.</summary>
    [CommandOption("--member <ISO3>")]
    [LocalizedDescription(CliStrings.Option_ImportMember)]
    public string? Member { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (!ImportKinds.TryParse(Kind, out _))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_ImportKind, Kind));
        }

        if (string.IsNullOrWhiteSpace(Into))
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_ImportInto));
        }

        if (Member is not null && !MemberId.TryParse(Member.ToUpperInvariant(), out _))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_ImportMember, Member));
        }

        return base.Validate();
    }
}

/// <summary><c>campo data import KIND FILE --into WORKSPACE.duckdb</c>: one file into a workspace, in one transaction.</summary>
/// <param name="output">Where to write.</param>
public sealed class ImportCommand(CliOutput output) : Command<ImportSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var kind = ImportKinds.Parse(settings.Kind);
        MemberId? member = settings.Member is { } m ? new MemberId(m.ToUpperInvariant()) : null;
        using var workspace = WorkspaceDb.Open(output.Resolve(settings.Into!), settings.Into!, create: true);
        var outcome = WorkspaceImport.Import(workspace, kind, output.Resolve(settings.File), settings.File, member, DateTime.UtcNow);
        var record = outcome.Record;
        if (settings.Json)
        {
            output.Out.Write(CampoJson.Serialize(new
            {
                workspace = settings.Into,
                import = record,
                kind = ImportKinds.Name(record.Kind),
                replaced = outcome.Replaced,
                rejections = outcome.FirstRejections.Select(r => new { r.Line, reason = RejectReasons.Name(r.Reason), r.Field, r.Detail }),
            }) + "\n");
            return ExitCodes.Ok;
        }

        output.Console.MarkupLine(Markup.Escape(CliText.Fill(
            CliStrings.Import_Done,
            settings.File,
            ImportKinds.Name(kind),
            record.Layout,
            settings.Into!,
            Count(record.Id),
            Count(record.RowsRead),
            Count(record.RowsImported),
            Count(record.RowsRejected))));
        foreach (var old in outcome.Replaced)
        {
            output.Console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Import_Replaced, Count(old))));
        }

        foreach (var r in outcome.FirstRejections)
        {
            var line = r.Line is { } l ? Count(l) : "-";
            output.Console.MarkupLine("[yellow]" + Markup.Escape(CliText.Fill(CliStrings.Import_Rejected, line, RejectReasons.Name(r.Reason), r.Field ?? "-", r.Detail)) + "[/]");
        }

        if (record.RowsRejected > outcome.FirstRejections.Count)
        {
            output.Console.MarkupLine("[yellow]" + Markup.Escape(CliText.Fill(CliStrings.Import_MoreRejected, Count(record.RowsRejected - outcome.FirstRejections.Count), Count(record.Id))) + "[/]");
        }

        foreach (var note in record.Notes.Split(" | ", StringSplitOptions.RemoveEmptyEntries))
        {
            output.Console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Import_Note, note)));
        }

        output.Console.MarkupLine("[grey]" + Markup.Escape(CliText.Fill(CliStrings.Import_Licence, record.Licence)) + "[/]");
        return ExitCodes.Ok;
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
