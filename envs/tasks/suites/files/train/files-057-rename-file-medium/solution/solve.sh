#!/usr/bin/env bash
mv /workspace/notes/pepper.txt /workspace/notes/cloud.txt
