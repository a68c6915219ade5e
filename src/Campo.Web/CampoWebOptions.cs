using Campo.Domain;

namespace Campo.Web;

/// <summary>
/// Limits and sizes of the web server, sized to the machine by default. Every limit protects a server that several
/// people share; each is documented in docs/api/README.md.
/// </summary>
public sealed class CampoWebOptions
{
    /// <summary>The largest scenario file accepted, in bytes (256 KiB; the shipped drafts are under 16 KiB).</summary>
    public long MaxUploadBytes { get; set; } = 256 * 1024;

    /// <summary>Runs evaluated at the same time: one per processor core, at most 8 (runs side by side use one core each; a run alone spreads its draws over the idle cores).</summary>
    public int Workers { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>
    /// Runs waiting at most (16 per worker); beyond, the server answers 503 with Retry-After, the seconds after which
    /// the queue should have room, instead of queueing without end.
    /// </summary>
    public int QueueCapacity { get; set; } = 16 * Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>Finished runs kept for their pages and downloads; beyond, the oldest finished run is forgotten (410).</summary>
    public int KeepRuns { get; set; } = 200;

    /// <summary>
    /// The most memory finished runs' results may take, in bytes (estimated from their JSON size); beyond, the
    /// oldest finished runs are forgotten first (410). 192 MiB by default.
    /// </summary>
    public long KeepBytes { get; set; } = 192L * 1024 * 1024;

    /// <summary>The most Monte Carlo draws a request may ask for.</summary>
    public int MaxDraws { get; set; } = 1000;

    /// <summary>
    /// True to load the dataset, calibrate the world market and evaluate a shipped draft once when the server starts,
    /// in the background (issue 18), so that the first request does not pay for them (and for compiling the code they
    /// run). <c>campo serve</c> and the web project's own entry point turn it on; tests that start many servers leave
    /// it off.
    /// </summary>
    public bool WarmUp { get; set; }

    /// <summary>Draws when a request names none.</summary>
    public int DefaultDraws { get; set; } = Defaults.Draws;

    /// <summary>
    /// The SHA-256 hashes of the API keys a request must present (X-Api-Key or Authorization: Bearer), or empty for a
    /// server without keys (the default, on loopback). <c>campo serve --api-key-file</c> fills it.
    /// </summary>
    public IReadOnlyList<byte[]> ApiKeyHashes { get; set; } = [];
}
