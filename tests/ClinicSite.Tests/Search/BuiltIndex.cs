using System.Text.Json;

namespace ClinicSite.Tests.Search;

/// <summary>Reads a built site's search index the way search.js does: manifest, word lists, shards and document chunks.</summary>
internal sealed class BuiltIndex
{
    private readonly string _output;

    public BuiltIndex(string output)
    {
        _output = output;
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "search", "index.json")));
        var root = manifest.RootElement;
        Chunk = root.GetProperty("chunk").GetInt32();
        Docs = root.GetProperty("docs").EnumerateArray().Select(e => e.GetString()!).ToList();
        Lex = root.GetProperty("lex").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        Shards = root.GetProperty("shards").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    public int Chunk { get; }

    public List<string> Docs { get; }

    public Dictionary<string, string> Lex { get; }

    public Dictionary<string, string> Shards { get; }

    public string FilePath(string hash) => Path.Combine(_output, "assets", "search", hash + ".json");

    /// <summary>The shard key a term belongs to: the longest key it starts with.</summary>
    public string? KeyOf(string term)
    {
        for (var k = term.Length; k > 0; k--)
        {
            if (Shards.ContainsKey(term[..k]))
            {
                return term[..k];
            }
        }

        return null;
    }

    /// <summary>Every term in the word list of the term's first character.</summary>
    public List<string> Words(char first) =>
        Lex.TryGetValue(first.ToString(), out var hash) ? JsonSerializer.Deserialize<List<string>>(File.ReadAllText(FilePath(hash)))! : [];

    /// <summary>A term's postings as page URL → weight (empty when the term is not in the index).</summary>
    public Dictionary<string, int> Postings(string term)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (KeyOf(term) is not { } key)
        {
            return result;
        }

        var shard = JsonSerializer.Deserialize<Dictionary<string, int[]>>(File.ReadAllText(FilePath(Shards[key])))!;
        if (!shard.TryGetValue(term, out var flat))
        {
            return result;
        }

        var id = 0;
        for (var i = 0; i < flat.Length; i += 2)
        {
            id += flat[i];
            result[Url(id)] = flat[i + 1];
        }

        return result;
    }

    public string Url(int id)
    {
        using var chunk = JsonDocument.Parse(File.ReadAllText(FilePath(Docs[id / Chunk])));
        return chunk.RootElement[id % Chunk].GetProperty("u").GetString()!;
    }

    /// <summary>Every file of the index, by path under the output folder.</summary>
    public IEnumerable<string> AllFiles() =>
        Docs.Concat(Lex.Values).Concat(Shards.Values).Distinct().Select(h => "assets/search/" + h + ".json").Prepend("search/index.json");
}
