"""Pure plotly figure builders: a DataFrame (from evidence.analysis or the tables) in, a go.Figure out.

No Streamlit, disk or clock here. Record text placed in hover labels goes through `common.hover_text`, which
escapes it, because plotly interprets a subset of HTML in labels.
"""
