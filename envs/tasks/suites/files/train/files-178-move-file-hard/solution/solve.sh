#!/usr/bin/env bash
mkdir -p /workspace/notes/coral && mv /workspace/pepper.txt /workspace/notes/coral/
