#!/usr/bin/env bash
mv /workspace/old/pepper.txt /workspace/old/ember.txt
