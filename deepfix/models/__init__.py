"""Models: local pretrained encoders and the mixed setup (encoder -> stack -> head)."""
