"""The site's own face: home page, 404, footer, icons, and what a shared link shows (Open Graph cards)."""
