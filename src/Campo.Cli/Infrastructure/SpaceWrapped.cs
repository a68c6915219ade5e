using Spectre.Console;
using Spectre.Console.Rendering;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// A cell's text wrapped only at ordinary spaces (U+0020): a no-break space (U+00A0 before "%" in French and Spanish)
/// or a narrow no-break space (U+202F, the French thousands separator) keeps its neighbours on one line, so that
/// "+4 730" is never printed as "+4" over "730" nor "17,6 %" as "17,6" over "%".
/// </summary>
/// <remarks>
/// Spectre.Console breaks a line at any character <see cref="char.IsWhiteSpace(char)"/> calls white space, the no-break
/// spaces included (audit 6, §4.2). The text is rendered once at an unbounded width (its styles kept), then broken
/// greedily at ordinary spaces; a word longer than the width is folded, as Spectre does.
/// </remarks>
/// <param name="inner">The cell as built (markup or text).</param>
internal sealed class SpaceWrapped(IRenderable inner) : Renderable
{
    private const int Unbounded = 100_000;

    /// <summary>The characters a line may be broken at.</summary>
    private static bool Breaks(char c) => c is ' ' or '\t';

    /// <inheritdoc />
    protected override Measurement Measure(RenderOptions options, int maxWidth)
    {
        var lines = Lines(options);
        var longestWord = lines.SelectMany(Words).Select(w => Width(w.Pieces)).DefaultIfEmpty(0).Max();
        var longestLine = lines.Select(l => Width(l)).DefaultIfEmpty(0).Max();
        return new Measurement(Math.Min(longestWord, maxWidth), Math.Min(longestLine, maxWidth));
    }

    /// <inheritdoc />
    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var width = Math.Max(1, maxWidth);
        var output = new List<Segment>();
        var first = true;
        foreach (var line in Lines(options))
        {
            foreach (var wrapped in Wrap(line, width))
            {
                if (!first)
                {
                    output.Add(Segment.LineBreak);
                }

                first = false;
                var pad = width - Width(wrapped);
                var justify = options.Justification ?? Justify.Left;
                var left = justify switch { Justify.Right => pad, Justify.Center => pad / 2, _ => 0 };
                if (left > 0)
                {
                    output.Add(Segment.Padding(left));
                }

                output.AddRange(wrapped);
            }
        }

        return output;
    }

    /// <summary>The text's lines at an unbounded width, each a list of styled pieces.</summary>
    private List<List<Segment>> Lines(RenderOptions options)
    {
        // Rendered at its own widest line, not at the unbounded width: a right-aligned cell would otherwise be padded to
        // 100,000 columns (hundreds of megabytes per screen).
        var natural = Math.Max(1, inner.Measure(options, Unbounded).Max);
        var lines = new List<List<Segment>> { new() };
        foreach (var segment in inner.Render(options, natural))
        {
            if (segment.IsLineBreak)
            {
                lines.Add([]);
            }
            else if (!segment.IsControlCode)
            {
                lines[^1].Add(segment);
            }
        }

        return lines;
    }

    /// <summary>A line broken greedily at ordinary spaces into lines no wider than <paramref name="width"/>.</summary>
    private static IEnumerable<List<Segment>> Wrap(List<Segment> line, int width)
    {
        var current = new List<Segment>();
        var used = 0;
        foreach (var (pieces, space) in Words(line))
        {
            var wordWidth = Width(pieces);
            if (used > 0 && used + 1 + wordWidth > width)
            {
                yield return current;
                current = [];
                used = 0;
            }

            if (used > 0)
            {
                current.Add(space!);
                used++;
            }

            if (wordWidth <= width - used)
            {
                current.AddRange(pieces);
                used += wordWidth;
                continue;
            }

            // A word wider than the line: folded character by character, as Spectre does.
            foreach (var piece in pieces)
            {
                foreach (var c in piece.Text)
                {
                    var cell = new Segment(c.ToString()).CellCount();
                    if (used + cell > width && used > 0)
                    {
                        yield return current;
                        current = [];
                        used = 0;
                    }

                    current.Add(new Segment(c.ToString(), piece.Style));
                    used += cell;
                }
            }
        }

        yield return current;
    }

    /// <summary>The words of a line (split at ordinary spaces only), each with the space before it.</summary>
    private static IEnumerable<(List<Segment> Pieces, Segment? Space)> Words(List<Segment> line)
    {
        var word = new List<Segment>();
        Segment? space = null;
        Segment? pending = null;
        foreach (var segment in line)
        {
            var start = 0;
            for (var i = 0; i <= segment.Text.Length; i++)
            {
                if (i < segment.Text.Length && !Breaks(segment.Text[i]))
                {
                    continue;
                }

                if (i > start)
                {
                    if (word.Count == 0)
                    {
                        space = pending;
                    }

                    word.Add(new Segment(segment.Text[start..i], segment.Style));
                }

                if (i < segment.Text.Length)
                {
                    if (word.Count > 0)
                    {
                        yield return (word, space);
                        word = [];
                    }

                    pending = new Segment(" ", segment.Style);
                }

                start = i + 1;
            }
        }

        if (word.Count > 0)
        {
            yield return (word, space);
        }
    }

    private static int Width(IEnumerable<Segment> segments) => segments.Sum(s => s.CellCount());
}
