using System.Security.Cryptography;
using System.Text;

namespace Campo.Cluster;

/// <summary>
/// The content hash of a sweep's inputs (hex SHA-256): every text and byte array enters with its length in front, so two
/// different sequences of inputs never give the same stream. Keys a silo's cache of opened searches and runs.
/// </summary>
internal sealed class InputsHash : IDisposable
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Adds a text (null is distinct from every text).</summary>
    /// <param name="text">The text, or null.</param>
    public void Add(string? text) => AddBytes(Encoding.UTF8.GetBytes(text ?? "\u0000null"));

    /// <summary>Adds a dataset: the embedded default by name, a folder's files by name in ordinal order.</summary>
    /// <param name="files">The folder's files, or null for the embedded default.</param>
    public void AddDataset(IReadOnlyDictionary<string, byte[]>? files)
    {
        Add(files is null ? "default" : "folder");
        foreach (var (name, bytes) in (files ?? new Dictionary<string, byte[]>()).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Add(name);
            AddBytes(bytes);
        }
    }

    /// <summary>The hash of everything added.</summary>
    public string Finish() => Convert.ToHexStringLower(_sha.GetHashAndReset());

    /// <inheritdoc />
    public void Dispose() => _sha.Dispose();

    private void AddBytes(byte[] bytes)
    {
        _sha.AppendData(BitConverter.GetBytes(bytes.Length));
        _sha.AppendData(bytes);
    }
}
