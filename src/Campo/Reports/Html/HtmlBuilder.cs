using System.Text;

namespace Campo.Reports.Html;

/// <summary>
/// Writes well-formed HTML (every element closed, every void element self-closed, text and attributes escaped,
/// no named character references) so that a report is also valid XML and tests can read it with an XML parser.
/// </summary>
public sealed class HtmlBuilder
{
    private readonly StringBuilder _text = new();
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element.</summary>
    /// <param name="tag">The tag name.</param>
    /// <param name="attributes">Name and value pairs; a null value leaves the attribute out.</param>
    public HtmlBuilder Open(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStart(tag, attributes);
        _text.Append('>');
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the element opened last.</summary>
    public HtmlBuilder Close()
    {
        _text.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>An element holding escaped text.</summary>
    public HtmlBuilder Element(string tag, string text, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        Text(text);
        return Close();
    }

    /// <summary>A void element such as <c>meta</c> or <c>br</c>, self-closed.</summary>
    public HtmlBuilder Void(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStart(tag, attributes);
        _text.Append(" />");
        return this;
    }

    /// <summary>Escaped text.</summary>
    public HtmlBuilder Text(string text)
    {
        _text.Append(Escape(text));
        return this;
    }

    /// <summary>Markup written as it is: only for markup built by Campo's own writers (charts, sections).</summary>
    public HtmlBuilder Raw(string markup)
    {
        _text.Append(markup);
        return this;
    }

    /// <summary>The markup written so far.</summary>
    /// <exception cref="InvalidOperationException">An element is still open.</exception>
    public override string ToString() =>
        _open.Count == 0 ? _text.ToString() : throw new InvalidOperationException("Unclosed element <" + _open.Peek() + ">.");

    /// <summary>Escapes text for an element or an attribute value: &amp;, &lt;, &gt;, quotes.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => result.Append("&amp;"),
                '<' => result.Append("&lt;"),
                '>' => result.Append("&gt;"),
                '"' => result.Append("&quot;"),
                '\'' => result.Append("&#39;"),
                _ when char.IsControl(c) && c is not ('\n' or '\t' or '\r') => result.Append(' '), // not allowed in XML 1.0
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    private void WriteStart(string tag, (string Name, string? Value)[] attributes)
    {
        _text.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _text.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
            }
        }
    }
}
