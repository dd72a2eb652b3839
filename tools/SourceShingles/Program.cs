using System.Text;
using ClinicSite.Tools.SourceShingles;

// Writes the content guard's file of hashed 8-word runs (see ShingleFile.cs) from a folder of source texts.
//   SourceShingles SOURCES OUTPUT           write OUTPUT from every .txt file directly in SOURCES
//   SourceShingles --check SOURCES OUTPUT   exit 1, writing nothing, if OUTPUT is not what SOURCES give
const string Usage =
    "usage: dotnet run --project tools/SourceShingles -- [--check] SOURCES OUTPUT\n" +
    "  SOURCES  folder holding the source articles as .txt files\n" +
    "  OUTPUT   the file to write, normally " + ShingleFile.PathInRepository + "\n" +
    "  --check  write nothing; exit 1 if OUTPUT differs from what SOURCES give\n";

var check = args.Contains("--check", StringComparer.Ordinal);
var paths = args.Where(a => a != "--check").ToArray();
if (paths.Length != 2 || paths.Any(p => p.StartsWith('-')))
{
    Console.Error.Write(Usage);
    return 2;
}

var (sources, output) = (paths[0], paths[1]);
if (!Directory.Exists(sources))
{
    Console.Error.WriteLine($"error: the source folder '{sources}' does not exist.");
    return 2;
}

var files = Directory.GetFiles(sources, "*.txt").Order(StringComparer.Ordinal).ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine($"error: '{sources}' holds no .txt files; put each source article in it as a .txt file.");
    return 2;
}

var shingles = ShingleFile.FromTexts(files.Select(f => File.ReadAllText(f, Encoding.UTF8)).ToList());
var text = shingles.Format();
if (check)
{
    var current = File.Exists(output) ? File.ReadAllText(output, Encoding.UTF8) : null;
    if (current == text)
    {
        Console.WriteLine($"{output} is up to date: {shingles.Hashes.Count} hashed runs of {Shingler.RunLength} words from {files.Count} files.");
        return 0;
    }

    Console.Error.WriteLine($"{output} is out of date; run the same command without --check to regenerate it.");
    return 1;
}

var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"error: the folder '{folder}' does not exist.");
    return 2;
}

File.WriteAllText(output, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
Console.WriteLine($"Wrote {shingles.Hashes.Count} hashed runs of {Shingler.RunLength} words from {files.Count} files to {output}.");
return 0;
