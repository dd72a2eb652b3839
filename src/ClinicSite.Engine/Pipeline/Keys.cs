using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// The content hashes the cache keys are made of. Each hashes what a stage has in hand (texts, lists of strings)
/// directly; only a page's view, a tree of small records, is serialised first, into a buffer each thread reuses.
/// </summary>
internal static class Keys
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>A file read from the input folder: where it is and what it says.</summary>
    public static ContentHash File(SourceFile file) =>
        new Hasher().Add(file.FullPath).Add(file.DisplayPath).Add(file.PathInInput).Add(file.Text).Done();

    /// <summary>Every field of every glossary entry, in order.</summary>
    public static ContentHash Glossary(IReadOnlyList<GlossaryEntry> glossary)
    {
        var hash = new Hasher().Add(glossary.Count);
        foreach (var entry in glossary)
        {
            hash.Add(entry.Term).Add(entry.Aliases).Add(entry.AlsoCalled).Add(entry.Definition);
        }

        return hash.Done();
    }

    /// <summary>What the stages after Markdown read of a page's Markdown result: its URL, HTML, headings, text and FAQ.</summary>
    public static ContentHash Markdown(MarkdownPage page)
    {
        var hash = new Hasher().Add(page.Url).Add(Body(page.Body)).Add(page.Headings.Count);
        foreach (var heading in page.Headings)
        {
            hash.Add(heading.Level).Add(heading.Text).Add(heading.Id);
        }

        hash.Add(page.TextBlocks).Add(page.Faq.Count);
        foreach (var item in page.Faq)
        {
            hash.Add(item.Question).Add(item.Id).Add(item.Answer);
        }

        return hash.Done();
    }

    /// <summary>
    /// A page's view without the site's part (the same for every page, hashed once: <see cref="Site(SiteView)"/>). The
    /// body and JSON-LD are long strings already made, so they are hashed as they are; the rest is serialised.
    /// </summary>
    public static ContentHash View(PageView view) =>
        new Hasher().Add(Json(view with { Site = null!, Content = BodyHtml.Empty, JsonLd = string.Empty }, KeyJson.Default.PageView)).Add(Body(view.Content)).Add(view.JsonLd).Done();

    /// <summary>A body's HTML, where its glossary mentions are, and its facts.</summary>
    public static ContentHash Body(BodyHtml body)
    {
        var hash = new Hasher().Add(body.Utf8).Add(body.Mentions.Count);
        foreach (var mention in body.Mentions)
        {
            hash.Add(mention.Id).Add(mention.Start).Add(mention.End);
        }

        hash.Add(body.Facts.Count);
        foreach (var fact in body.Facts)
        {
            hash.Add((int)fact.Kind).Add(fact.Element).Add(fact.Attribute).Add(fact.Value).Add(fact.Level);
        }

        return hash.Done();
    }

    /// <summary>What every page shows of the site.</summary>
    public static ContentHash Site(SiteView view) => Json(view, KeyJson.Default.SiteView);

    /// <summary>site.yml as bound (and with --base-url applied).</summary>
    public static ContentHash Data(SiteData data) => Json(data, KeyJson.Default.SiteData);

    /// <summary>A value serialised as JSON, then hashed.</summary>
    private static ContentHash Json<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value, type);
        writer.Flush();
        return new Hasher().Add(buffer.WrittenSpan).Done();
    }

    /// <summary>A set of strings, whatever order it enumerates in.</summary>
    public static ContentHash Set(IEnumerable<string> items) => new Hasher().Add(items.Order(StringComparer.Ordinal)).Done();
}
