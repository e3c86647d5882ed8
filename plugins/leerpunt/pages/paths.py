"""Where the site's overview pages live and what they are called (breadcrumbs and tabs use both)."""

TOOLKITS_INDEX, TOOLKITS_TITLE = "toolkits/index.md", "Toolkits"
GUIDES_INDEX, GUIDES_TITLE = "leidraden/index.md", "Leidraden"
THEMES_INDEX, THEMES_TITLE = "themas/index.md", "Thema's"
PROJECTS_INDEX, PROJECTS_TITLE = "projecten/index.md", "Projecten"
GLOSSARY_PAGE, GLOSSARY_TITLE = "begrippen.md", "Begrippenlijst"
AGENDA_PAGE = "kennisagenda/index.md"
MATERIALS_PAGE = "materialen/index.md"
