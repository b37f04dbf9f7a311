#!/usr/bin/env bash
cp /workspace/ember.txt /workspace/nectar.txt
