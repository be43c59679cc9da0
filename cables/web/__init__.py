"""The public face: pages (views, presentation), the JSON API, exports and feeds."""
