namespace ClinicSite.Engine.Content;

/// <summary>What a procedure is for.</summary>
public enum Purpose { Diagnostic, Therapeutic, Both }

/// <summary>The imaging used to guide the needle.</summary>
public enum Guidance { Fluoroscopy, Ultrasound }

/// <summary>
/// How common a risk is, as the sources put it; Unknown where they do not say. Expected is for a procedure's own
/// note on a risk that is part of how it works (discography is meant to bring on pain).
/// </summary>
public enum Frequency { Rare, Uncommon, Common, Unknown, Expected }

/// <summary>
/// The part of the body a procedure treats. Spine covers every injection into or beside the spine (epidural, facet,
/// medial branch, radiofrequency ablation, sacroiliac joint, nerve root, discography): the handout's complications
/// apply to all of them. Joint is a joint or tendon outside the spine; head the nerves of the head; nerve a nerve or
/// nerve group outside the spine; muscle a muscle knot.
/// </summary>
public enum Region { Spine, Joint, Head, Nerve, Muscle }

/// <summary>The three urgency levels health sites use for "when to get help" advice.</summary>
public enum Urgency { NonUrgent, Urgent, Emergency }

/// <summary>The layout a plain page asks for.</summary>
public enum PageLayout { Page, Home, Faq, Glossary, Search }
