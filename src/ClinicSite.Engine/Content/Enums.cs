namespace ClinicSite.Engine.Content;

/// <summary>What a procedure is for.</summary>
public enum Purpose { Diagnostic, Therapeutic, Both }

/// <summary>The imaging used to guide the needle.</summary>
public enum Guidance { Fluoroscopy, Ultrasound }

/// <summary>How common a risk is, as the sources put it; Unknown where they do not say.</summary>
public enum Frequency { Rare, Uncommon, Common, Unknown }

/// <summary>The three urgency levels health sites use for "when to get help" advice.</summary>
public enum Urgency { NonUrgent, Urgent, Emergency }

/// <summary>The layout a plain page asks for.</summary>
public enum PageLayout { Page, Home, Faq, Glossary }
