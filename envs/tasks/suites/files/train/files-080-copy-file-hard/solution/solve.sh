#!/usr/bin/env bash
mkdir -p /workspace/logs/cloud && cp /workspace/orchid.txt /workspace/logs/cloud/ember.txt
