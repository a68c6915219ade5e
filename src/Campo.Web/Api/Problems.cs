using Campo.Errors;
using Campo.Reports.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Campo.Web.Api;

/// <summary>
/// ProblemDetails (RFC 9457) in the reader's language: the title says what kind of problem it is; the detail is the
/// one-line message (file, line, column or field; what was found; what is expected), as the command line prints it.
/// </summary>
public static class Problems
{
    /// <summary>A request that cannot be run (400): a bad scenario, an unknown member, draws out of range.</summary>
    public static ProblemHttpResult Invalid(ReportText text, CampoException error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.Location is { } location)
        {
            extensions["file"] = location.File;
            extensions["line"] = location.Line;
            extensions["column"] = location.Column;
            extensions["field"] = location.Field;
        }

        extensions["problem"] = error.Problem;
        extensions["expected"] = error.Expected;
        return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status400BadRequest, title: text[nameof(Strings.Api_InvalidRequest)], extensions: extensions);
    }

    /// <summary>An unknown run (404).</summary>
    public static ProblemHttpResult UnknownRun(ReportText text, string id, int kept)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TypedResults.Problem(text.Fill(nameof(Strings.Api_UnknownRunDetail), id, kept), statusCode: StatusCodes.Status404NotFound, title: text[nameof(Strings.Api_UnknownRun)]);
    }

    /// <summary>A run whose results are not ready (409).</summary>
    public static ProblemHttpResult NotFinished(ReportText text, string state)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TypedResults.Problem(text.Fill(nameof(Strings.Api_NotFinishedDetail), state), statusCode: StatusCodes.Status409Conflict, title: text[nameof(Strings.Api_NotFinished)]);
    }

    /// <summary>A run that failed (422), with its message.</summary>
    public static ProblemHttpResult Failed(ReportText text, string message)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TypedResults.Problem(message, statusCode: StatusCodes.Status422UnprocessableEntity, title: text[nameof(Strings.Api_RunFailed)]);
    }

    /// <summary>A full queue (503), with Retry-After: the seconds after which the queue should have room.</summary>
    public static ProblemHttpResult Busy(ReportText text, HttpContext context, int waiting, int retryAfterSeconds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            text.Fill(nameof(Strings.Api_BusyDetail), waiting, retryAfterSeconds),
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: text[nameof(Strings.Api_Busy)],
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["retryAfter"] = retryAfterSeconds, ["waiting"] = waiting });
    }

    /// <summary>A run that finished and was forgotten to keep the store within its bounds (410 Gone).</summary>
    public static ProblemHttpResult Forgotten(ReportText text, string id, CampoWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        return TypedResults.Problem(
            text.Fill(nameof(Strings.Api_EvictedDetail), id, options.KeepRuns, options.KeepBytes / (1024 * 1024)),
            statusCode: StatusCodes.Status410Gone,
            title: text[nameof(Strings.Api_Evicted)]);
    }

    /// <summary>A request that cannot be read (400): malformed JSON or a value of the wrong type, naming the field.</summary>
    /// <param name="text">The reader's language.</param>
    /// <param name="detail">The one-line message.</param>
    /// <param name="field">The field, or null when the body as a whole is wrong.</param>
    public static ProblemHttpResult Malformed(ReportText text, string detail, string? field)
    {
        ArgumentNullException.ThrowIfNull(text);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (field is not null)
        {
            extensions["field"] = field;
        }

        return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: text[nameof(Strings.Api_Malformed)], extensions: extensions);
    }

    /// <summary>A body of the wrong media type (415).</summary>
    public static ProblemHttpResult WrongMediaType(ReportText text, string detail)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType, title: text[nameof(Strings.Api_Malformed)]);
    }

    /// <summary>An upload larger than the limit whose size is not known in advance (a chunked body) (413).</summary>
    public static ProblemHttpResult TooLargeUnknown(ReportText text, long limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TypedResults.Problem(
            text.Fill(nameof(Strings.Api_TooLargeUnknown), limit.ToString("N0", text.Culture)),
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: text[nameof(Strings.Api_TooLarge)],
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = "file" });
    }

    /// <summary>An upload above the size limit (413).</summary>
    public static ProblemHttpResult TooLarge(ReportText text, long size, long limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TypedResults.Problem(
            text.Fill(nameof(Strings.Api_TooLargeDetail), size.ToString("N0", text.Culture), limit.ToString("N0", text.Culture)),
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: text[nameof(Strings.Api_TooLarge)]);
    }

    /// <summary>The size limit's message for pages; <paramref name="size"/> 0 or less when the size is not known (a chunked body).</summary>
    public static string TooLargeMessage(ReportText text, long size, long limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        return size > 0
            ? text.Fill(nameof(Strings.Api_TooLargeDetail), size.ToString("N0", text.Culture), limit.ToString("N0", text.Culture))
            : text.Fill(nameof(Strings.Api_TooLargeUnknown), limit.ToString("N0", text.Culture));
    }
}
