using ClinicSite.Engine.Readability;

namespace ClinicSite.Tests.Readability;

public sealed class ZzScratchTests
{
    [Fact]
    public void Scratch()
    {
        var words = "something sometimes somewhere someone lifestyle homework caregiver timeline likelihood therefore wherever placebo forensic hereditary style styled cycle bicycle stylist rhyme type typed sincerely extremely severely completely nicely safely closely homeless usefulness hopeful wholesome awesome handsome troublesome homeostasis homeopathic sideline casework baseline timely statewide housework bowled curled called filled tabled troubled sacred hundred centred tired hired fired acre acres massacre ogre style styles lonely loneliness stonewall notebook safeguard widespread likewise firefighter someday basement statement bones notes homes cases sides".Split(' ');
        File.WriteAllLines("/tmp/readability_scratch.txt", words.Select(w => $"{w} {SyllableCounter.Count(w)}"));
    }
}
