using Spectre.Console;
using Spectre.Console.Rendering;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// The console every command writes to: it passes everything through, except that a table is first fitted to the
/// terminal's width by <see cref="TableFit"/>, so that no command can print a table whose numbers or words are cut.
/// </summary>
/// <param name="inner">The console written to.</param>
internal sealed class FittingConsole(IAnsiConsole inner) : IAnsiConsole
{
    /// <summary>Wraps a console once (a console already fitting is returned as it is).</summary>
    /// <param name="console">The console to wrap.</param>
    public static IAnsiConsole Around(IAnsiConsole console) => console as FittingConsole ?? new FittingConsole(console);

    /// <inheritdoc />
    public Profile Profile => inner.Profile;

    /// <inheritdoc />
    public IAnsiConsoleCursor Cursor => inner.Cursor;

    /// <inheritdoc />
    public IAnsiConsoleInput Input => inner.Input;

    /// <inheritdoc />
    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    /// <inheritdoc />
    public RenderPipeline Pipeline => inner.Pipeline;

    /// <inheritdoc />
    public void Clear(bool home) => inner.Clear(home);

    /// <inheritdoc />
    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    /// <inheritdoc />
    public void Write(IRenderable renderable)
    {
        if (renderable is Rule { Title: { } title } && TitleTooLong(title))
        {
            // A rule crops a title longer than the line ("... ce qui s'est…"): the title goes above an untitled rule.
            inner.Write(new Markup(title + Environment.NewLine));
            inner.Write(new Rule());
            return;
        }

        if (renderable is not Table table)
        {
            inner.Write(renderable);
            return;
        }

        var fitted = TableFit.Fit(table, RenderOptions.Create(inner, inner.Profile.Capabilities), inner.Profile.Width);
        inner.Write(fitted.Table);
        if (fitted.Omitted.Count > 0)
        {
            inner.Write(new Paragraph(CliText.Fill(Resources.CliStrings.Table_ColumnsOmitted, string.Join(", ", fitted.Omitted)) + Environment.NewLine));
        }
    }

    /// <summary>Whether a rule's title (markup) leaves less than the rule's own ends on the line.</summary>
    private bool TitleTooLong(string title) =>
        ((IRenderable)new Markup(title)).Measure(RenderOptions.Create(inner, inner.Profile.Capabilities), int.MaxValue).Max > inner.Profile.Width - 6;
}
