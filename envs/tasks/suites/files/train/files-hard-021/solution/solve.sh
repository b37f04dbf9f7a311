#!/usr/bin/env bash
mkdir -p /workspace/maple && mv /workspace/ember.txt /workspace/maple/ember.txt && printf '%s\n' 'maple 49' >> /workspace/maple/ember.txt
