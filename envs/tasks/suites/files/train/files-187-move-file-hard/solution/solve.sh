#!/usr/bin/env bash
mkdir -p /workspace/old/orchid && mv /workspace/maple.txt /workspace/old/orchid/
