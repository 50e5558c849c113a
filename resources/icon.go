package resources

import _ "embed"

//go:embed icon.png
var icon []byte

// Icon returns Marsad's application icon, a 512×512 PNG rendered from
// icon.svg by scripts/icon. The app sets it on its windows; packaging
// reads the same file through FyneApp.toml.
func Icon() []byte { return icon }
