#!/usr/bin/env bash
rm /workspace/ember.txt /workspace/olive.txt /workspace/raven.txt
