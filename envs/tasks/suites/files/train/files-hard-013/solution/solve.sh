#!/usr/bin/env bash
mkdir -p /workspace/apple && mv /workspace/ember.txt /workspace/apple/ember.txt && printf '%s\n' 'cedar 6' >> /workspace/apple/ember.txt
