using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;

namespace ClinicSite.Engine.Search;

/// <summary>
/// Builds the site search index from the site model (titles, headings, summaries, body text, section names and the
/// glossary's everyday words), as static files split so that a query fetches only what it needs. See docs/search.md.
/// </summary>
internal static class BuildSearchIndex
{
    private const int Title = 12, Heading = 6, Summary = 4, Section = 2, Body = 1, BodyMentions = 5;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SearchIndex Run(Site site)
    {
        var synonyms = Synonyms(site.Glossary);
        var pages = site.Pages.Where(p => p.Kind is not (PageKind.NotFound or PageKind.Search)).ToList();
        var documents = new SearchDocument[pages.Count];
        var perPage = new Dictionary<string, int>[pages.Count];
        Parallel.For(0, pages.Count, PageParallelism.Options, id =>
        {
            var page = pages[id];
            var section = SectionName(page);
            documents[id] = Document(page, section);
            perPage[id] = Weights(page, section, synonyms);
        });

        // Pages in id order, so each term's postings come out sorted without sorting them.
        var postings = new Dictionary<string, List<(int Id, int Weight)>>(StringComparer.Ordinal);
        for (var id = 0; id < pages.Count; id++)
        {
            foreach (var (term, weight) in perPage[id])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((id, weight));
            }
        }

        return Write(documents, postings);
    }

    /// <summary>A term counts once at the best place it appears (title, a heading, the summary …), plus its body mentions.</summary>
    private static Dictionary<string, int> Weights(Page page, string section, Dictionary<string, (string[] Phrase, string[] Words)[]> synonyms)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(weights, page.Title, Title, synonyms, best: true);
        foreach (var heading in page.Markdown.Headings)
        {
            Add(weights, heading.Text, Heading, synonyms, best: true);
        }

        Add(weights, page.Meta.Summary, Summary, synonyms, best: true);
        foreach (var condition in page.ConditionNames)
        {
            Add(weights, condition, Summary, synonyms, best: true);
        }

        Add(weights, section, Section, synonyms, best: true);
        var body = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in page.Markdown.TextBlocks.Concat(MetaText(page.Meta)))
        {
            Add(body, text, Body, synonyms, best: false);
        }

        foreach (var (term, count) in body)
        {
            weights[term] = weights.GetValueOrDefault(term) + Math.Min(count, BodyMentions);
        }

        return weights;
    }

    /// <summary>
    /// Adds a text's terms, and the everyday words of the glossary terms it mentions at half the weight: keeping the
    /// best weight per term (places) or counting every mention (body).
    /// </summary>
    private static void Add(Dictionary<string, int> weights, string text, int weight, Dictionary<string, (string[] Phrase, string[] Words)[]> synonyms, bool best)
    {
        var terms = SearchText.Terms(text);
        void Put(string term, int w)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(weights, term, out _);
            slot = best ? Math.Max(slot, w) : slot + w;
        }

        for (var i = 0; i < terms.Count; i++)
        {
            Put(terms[i], weight);
            if (!synonyms.TryGetValue(terms[i], out var starting))
            {
                continue;
            }

            foreach (var (phrase, words) in starting)
            {
                if (i + phrase.Length <= terms.Count && CollectionsMarshal.AsSpan(terms).Slice(i, phrase.Length).SequenceEqual(phrase))
                {
                    foreach (var word in words)
                    {
                        Put(word, Math.Max(1, weight / 2));
                    }
                }
            }
        }
    }

    /// <summary>Each glossary term and alias, as terms, with the terms of the entry's also_called words, by first term.</summary>
    private static Dictionary<string, (string[] Phrase, string[] Words)[]> Synonyms(IReadOnlyList<GlossaryEntry> glossary) =>
        glossary.Where(g => g.AlsoCalled.Count > 0)
            .SelectMany(g =>
            {
                var words = g.AlsoCalled.SelectMany(SearchText.Terms).Distinct(StringComparer.Ordinal).ToArray();
                return g.Aliases.Prepend(g.Term).Select(form => (Phrase: SearchText.Terms(form).ToArray(), Words: words));
            })
            .Where(x => x.Phrase.Length > 0)
            .GroupBy(x => x.Phrase[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static IEnumerable<string> MetaText(PageMeta meta) => meta switch
    {
        ProcedureMeta p => [p.BodyLocation, p.Anesthesia, p.TimeOnDay, p.GoingHome, p.ReliefStarts, p.ReliefLasts],
        RiskMeta r => r.WarningSigns.Append(r.GetHelp),
        SpecialistMeta s => s.Training.Concat(s.Treats),
        _ => [],
    };

    /// <summary>The kind of page a result is, as the search page and its A–Z list show it.</summary>
    internal static string SectionName(Page page) => (page.Kind, page.Collection) switch
    {
        (PageKind.Section, _) => "Section",
        (_, Collection.Procedures) => "Procedure",
        (_, Collection.Specialists) => "Specialist",
        (_, Collection.Checklists) => "Checklist",
        (_, Collection.Risks) => "Risk",
        (PageKind.Glossary, _) => "Glossary",
        (PageKind.Faq, _) => "Questions and answers",
        (PageKind.Home, _) => "Home",
        _ => "Page",
    };

    private static SearchDocument Document(Page page, string section)
    {
        var headings = page.Markdown.Headings.Where(h => h.Level == 2).Select(h => h.Text).ToList();
        var headingTexts = page.Markdown.Headings.Select(h => h.Text).ToHashSet(StringComparer.Ordinal);
        var first = page.Markdown.TextBlocks.FirstOrDefault(t => !headingTexts.Contains(t)) ?? string.Empty;
        return new SearchDocument(page.Title, page.Url, section, page.Meta.Summary, headings, Excerpt(first));
    }

    /// <summary>At most 140 characters, cut at a space.</summary>
    private static string Excerpt(string text)
    {
        text = string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= 140)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 139);
        return text[..(cut > 60 ? cut : 139)] + "…";
    }

    private static SearchIndex Write(SearchDocument[] documents, Dictionary<string, List<(int Id, int Weight)>> postings)
    {
        var files = new SortedDictionary<string, OutputFile>(StringComparer.Ordinal);
        string Put(byte[] bytes)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
            files.TryAdd(hash, new OutputFile($"assets/search/{hash}.json", bytes));
            return hash;
        }

        var docChunks = documents.Chunk(SearchIndex.ChunkSize).Select(chunk => Put(Json(w =>
        {
            w.WriteStartArray();
            foreach (var d in chunk)
            {
                w.WriteStartObject();
                w.WriteString("t", d.Title);
                w.WriteString("u", d.Url);
                w.WriteString("s", d.Section);
                w.WriteString("d", d.Summary);
                w.WriteStartArray("h");
                foreach (var h in d.Headings)
                {
                    w.WriteStringValue(h);
                }

                w.WriteEndArray();
                w.WriteString("x", d.Excerpt);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }))).ToList();

        var encoded = postings.ToDictionary(p => p.Key, p => Encode(p.Value), StringComparer.Ordinal);
        var lex = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var shards = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in postings.Keys.Order(StringComparer.Ordinal).GroupBy(t => t[..1], StringComparer.Ordinal))
        {
            var terms = group.ToList();
            lex[group.Key] = Put(Json(w =>
            {
                w.WriteStartArray();
                foreach (var t in terms)
                {
                    w.WriteStringValue(t);
                }

                w.WriteEndArray();
            }));
            foreach (var (key, members) in Shards(group.Key, terms, encoded))
            {
                shards[key] = Put(Shard(members, encoded));
            }
        }

        var manifest = Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("v", 1);
            w.WriteNumber("chunk", SearchIndex.ChunkSize);
            w.WriteStartArray("docs");
            foreach (var c in docChunks)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
            Map(w, "lex", lex);
            Map(w, "shards", shards);
            w.WriteEndObject();
        });

        return new SearchIndex(files.Values.Prepend(new OutputFile(SearchIndex.ManifestPath, manifest)).ToList());
    }

    /// <summary>Splits the terms under a prefix by their next character until each shard fits the limit.</summary>
    private static IEnumerable<(string Key, List<string> Terms)> Shards(string key, List<string> terms, Dictionary<string, long[]> encoded)
    {
        var size = terms.Sum(t => t.Length + 4 + (encoded[t].Length * 3));
        var longer = terms.Where(t => t.Length > key.Length).ToList();
        if (size <= SearchIndex.ShardLimit || longer.Count == 0)
        {
            yield return (key, terms);
            yield break;
        }

        var exact = terms.Where(t => t.Length == key.Length).ToList();
        if (exact.Count > 0)
        {
            yield return (key, exact);
        }

        foreach (var group in longer.GroupBy(t => t[..(key.Length + 1)], StringComparer.Ordinal))
        {
            foreach (var shard in Shards(group.Key, group.ToList(), encoded))
            {
                yield return shard;
            }
        }
    }

    /// <summary>Postings as [id delta, weight, id delta, weight, …] in id order: small numbers, and they compress well.</summary>
    private static long[] Encode(List<(int Id, int Weight)> postings)
    {
        var flat = new long[postings.Count * 2];
        var (i, previous) = (0, 0);
        foreach (var (id, weight) in postings)
        {
            flat[i++] = id - previous;
            flat[i++] = weight;
            previous = id;
        }

        return flat;
    }

    private static byte[] Shard(List<string> terms, Dictionary<string, long[]> encoded) => Json(w =>
    {
        w.WriteStartObject();
        foreach (var t in terms)
        {
            w.WriteStartArray(t);
            foreach (var n in encoded[t])
            {
                w.WriteNumberValue(n);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    });

    private static void Map(Utf8JsonWriter w, string name, SortedDictionary<string, string> map)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in map)
        {
            w.WriteString(k, v);
        }

        w.WriteEndObject();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Compact))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
