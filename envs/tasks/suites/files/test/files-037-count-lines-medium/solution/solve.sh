#!/usr/bin/env bash
wc -l < /workspace/ember.txt > /workspace/answer.txt
