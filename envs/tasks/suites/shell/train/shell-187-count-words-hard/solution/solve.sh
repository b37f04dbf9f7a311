#!/usr/bin/env bash
grep orchid /workspace/speech.txt | wc -w > /workspace/answer.txt
