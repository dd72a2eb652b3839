// DomCompare: is a built site still the same as an earlier build of it?
//
//   dotnet run --project tools/DomCompare -- BEFORE_DIR AFTER_DIR
//
// Files are matched by their path relative to each folder. Files with the same bytes are identical. An .html file
// whose bytes differ is parsed as a whole document on both sides and compared with AngleSharp.Diffing: the doctype,
// every element, attribute name and value (ids included) and all text must match. What the parser erases does not
// count: attribute order, quoting, character references, <br> against <br/>, defer="" against defer. Whitespace
// counts only where a browser would show it (see Whitespace below): runs of spaces and line breaks compare as one
// space, and whitespace next to a block element's edge is ignored, but "word <a>" and "word<a>" differ; text in pre,
// script (JSON-LD included), style and textarea compares exactly. Comments are ignored, and so is the order of the
// classes inside one class attribute (both as in AngleSharp.Diffing's default options). Every other file compares
// byte for byte, so a file that embeds other files' hashes (a search index, the output mark) shows as different when
// those hashes change; the tool does not special-case any file.
//
// Prints each file that differs or exists on one side only, at most 10 lines of differences per file, then
// "N files compared, N identical, N DOM-equal, N different, N only before, N only after".
// Exit code: 0 when nothing differs and no file is on one side only, 1 otherwise, 2 on a usage error.

using AngleSharp;
using AngleSharp.Diffing;
using AngleSharp.Diffing.Core;
using AngleSharp.Diffing.Strategies;
using AngleSharp.Diffing.Strategies.AttributeStrategies;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClinicSite.Tools.DomCompare;

const int MaxLinesPerFile = 10;

if (args.Length != 2 || !Directory.Exists(args[0]) || !Directory.Exists(args[1]))
{
    Console.Error.WriteLine("usage: DomCompare BEFORE_DIR AFTER_DIR   (two existing folders: an earlier build and a later one)");
    return 2;
}

var before = RelativeFiles(args[0]);
var after = RelativeFiles(args[1]);

var strategy = new DiffingStrategyPipeline();
strategy.IgnoreComments()
    .AddSearchingNodeMatcher()
    .AddAttributeNameMatcher()
    .AddElementComparer(enforceTagClosing: false)
    .AddStyleSheetComparer()
    .AddAttributeComparer()
    .AddClassAttributeComparer()
    .AddBooleanAttributeComparer(BooleanAttributeComparision.Strict)
    .AddStyleAttributeComparer()
    .AddFilter(Whitespace.Filter)
    .AddComparer(Whitespace.Compare);
var differ = new HtmlDiffer(strategy);
// The same configuration AngleSharp.Diffing parses with (with CSS, so style attributes compare as declarations).
var parser = BrowsingContext.New(Configuration.Default.WithCss()).GetService<IHtmlParser>()!;

int compared = 0, identical = 0, domEqual = 0, different = 0, onlyBefore = 0, onlyAfter = 0;
foreach (var path in before.Union(after).Order(StringComparer.Ordinal))
{
    if (!after.Contains(path))
    {
        Console.WriteLine($"only before: {path}");
        onlyBefore++;
        continue;
    }
    if (!before.Contains(path))
    {
        Console.WriteLine($"only after:  {path}");
        onlyAfter++;
        continue;
    }

    compared++;
    var beforeBytes = File.ReadAllBytes(Path.Combine(args[0], path));
    var afterBytes = File.ReadAllBytes(Path.Combine(args[1], path));
    if (beforeBytes.AsSpan().SequenceEqual(afterBytes))
    {
        identical++;
        continue;
    }
    if (!path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
    {
        Console.WriteLine($"different:   {path} (bytes differ; {beforeBytes.Length} → {afterBytes.Length} bytes)");
        different++;
        continue;
    }

    var lines = CompareDocuments(parser.ParseDocument(Decode(beforeBytes)), parser.ParseDocument(Decode(afterBytes)));
    if (lines.Count == 0)
    {
        domEqual++;
        continue;
    }
    different++;
    Console.WriteLine($"different:   {path} ({lines.Count} difference{(lines.Count == 1 ? "" : "s")})");
    foreach (var line in lines.Take(MaxLinesPerFile))
        Console.WriteLine($"    {line}");
    if (lines.Count > MaxLinesPerFile)
        Console.WriteLine($"    … and {lines.Count - MaxLinesPerFile} more");
}

Console.WriteLine($"{compared} files compared, {identical} identical, {domEqual} DOM-equal, {different} different, " +
                  $"{onlyBefore} only before, {onlyAfter} only after");
return different + onlyBefore + onlyAfter == 0 ? 0 : 1;

// Every file under root, as a path relative to it with '/' separators.
static HashSet<string> RelativeFiles(string root) =>
    Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(file => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))
        .ToHashSet(StringComparer.Ordinal);

// The site is UTF-8; a byte order mark, if any, is dropped by the decoder.
static string Decode(byte[] bytes) => new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

// One line per difference: what differs, where (the control path, and the test path when it is another), both sides.
List<string> CompareDocuments(IDocument control, IDocument test)
{
    var lines = new List<string>();
    var (controlType, testType) = (Doctype(control), Doctype(test));
    if (controlType != testType)
        lines.Add($"doctype: {controlType} → {testType}");
    foreach (var diff in differ.Compare(control.DocumentElement, test.DocumentElement))
        lines.Add(Describe(diff));
    return lines;
}

static string Doctype(IDocument document) =>
    document.Doctype is { } d ? $"<!DOCTYPE {d.Name} \"{d.PublicIdentifier}\" \"{d.SystemIdentifier}\">" : "(none)";

static string Describe(IDiff diff) => diff switch
{
    // Not AttrDiff.Kind: in 1.1.1 the class comparer relabels any attribute's value difference as a name difference.
    AttrDiff a => $"attribute {(a.Control.Attribute.Name == a.Test.Attribute.Name ? "value" : "name")} at " +
                  $"{Where(a.Control.Path, a.Test.Path)}: {Show(a.Control.Attribute)} → {Show(a.Test.Attribute)}",
    MissingAttrDiff m => $"attribute only before at {m.Control.Path}: {Show(m.Control.Attribute)}",
    UnexpectedAttrDiff u => $"attribute only after at {u.Test.Path}: {Show(u.Test.Attribute)}",
    NodeDiff { Control.Node: IText c, Test.Node: IText t } n =>
        $"text differs at {Where(n.Control.Path, n.Test.Path)}: {TextChange(c.Data, t.Data)}",
    NodeDiff n => $"{Kind(n.Target)} differs at {Where(n.Control.Path, n.Test.Path)}: {Show(n.Control.Node)} → {Show(n.Test.Node)}",
    MissingNodeDiff m => $"{Kind(m.Target)} only before at {m.Control.Path}: {Show(m.Control.Node)}",
    UnexpectedNodeDiff u => $"{Kind(u.Target)} only after at {u.Test.Path}: {Show(u.Test.Node)}",
    _ => diff.ToString() ?? diff.GetType().Name,
};

static string Where(string controlPath, string testPath) =>
    controlPath == testPath ? controlPath : $"{controlPath} (after: {testPath})";

static string Kind(DiffTarget target) => target switch
{
    DiffTarget.Element => "element",
    DiffTarget.Text => "text",
    DiffTarget.Comment => "comment",
    DiffTarget.Attribute => "attribute",
    _ => "node",
};

static string Show(object item) => item switch
{
    IAttr a => $"{a.Name}={Quote(a.Value)}",
    IText t => Quote(t.Data),
    IElement e => $"<{e.LocalName}{(string.IsNullOrEmpty(e.Id) ? "" : $" id={Quote(e.Id)}")}> {Quote(e.TextContent)}",
    INode n => n.NodeName,
    _ => item.ToString() ?? "",
};

// Both texts from a little before the first character that differs, so the change is in view.
static string TextChange(string before, string after)
{
    (before, after) = (Whitespace.Collapse(before), Whitespace.Collapse(after));
    var start = Math.Max(0, before.AsSpan().CommonPrefixLength(after) - 20);
    var cut = start == 0 ? "" : "…";
    return $"{cut}{Quote(before[start..])} → {cut}{Quote(after[start..])}";
}

// Quoted, whitespace runs shown as one space, and cut at 60 characters so a summary line stays readable.
static string Quote(string text)
{
    var oneLine = Whitespace.Collapse(text);
    return oneLine.Length <= 60 ? $"\"{oneLine}\"" : $"\"{oneLine[..57]}…\"";
}
