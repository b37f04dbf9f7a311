#!/usr/bin/env bash
cp /workspace/meadow.txt /workspace/ember.txt && printf '%s\n' 'frost 721' 'frost 571' >> /workspace/ember.txt
