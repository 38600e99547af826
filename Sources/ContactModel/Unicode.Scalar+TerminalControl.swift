extension Unicode.Scalar {
    /// True for a character a terminal would act on rather than show: a C0 control, DEL or a C1
    /// control (ECMA-48 §5: ESC starts the sequences that clear the screen, move the cursor or
    /// set the window title; CSI is the C1 form of ESC `[`), or a bidirectional embedding,
    /// override or isolate (U+202A–U+202E, U+2066–U+2069), which reorders the rest of its line.
    /// Line breaks and the tab are among them; callers that show those otherwise test them first.
    public var isTerminalControl: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
