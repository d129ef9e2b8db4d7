"""The HTTP faces: a REST API and a KakaoTalk skill beside the Gradio UI, and the answer workers behind them."""
